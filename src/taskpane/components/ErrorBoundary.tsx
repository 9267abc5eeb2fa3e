/**
 * A render error anywhere below shows a recoverable panel (what happened, that the workbook is
 * unchanged, a button to reload the view) instead of a blank pane.
 */
import { Component, ErrorInfo, Fragment, ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { I18nContext, I18n } from '../i18n/I18nContext';
import { describeError } from '../i18n/hostErrors';
import { ErrorDetail } from './ErrorDetail';

interface Props {
  children: ReactNode;
  /** Called on 重新加载界面, before the children remount (e.g. to retry a lazy chunk). */
  onReset?: () => void;
}

interface State {
  error: unknown;
  failed: boolean;
  generation: number;
}

export class ErrorBoundary extends Component<Props, State> {
  static override contextType = I18nContext;
  declare context: I18n;
  override state: State = { error: null, failed: false, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[绩效自评助手] render error', error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, failed: false, generation: s.generation + 1 }));
  };

  override render() {
    const { t, lang, host } = this.context;
    if (this.state.failed) {
      const d = describeError(this.state.error, lang, host);
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.boundaryTitle}</MessageBarTitle>
            <div>{t.boundaryBody}</div>
            <ErrorDetail label={t.details} detail={d.detail} />
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={this.reset}>{t.reload}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    // A new generation remounts the children from scratch after a reload.
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
