/**
 * Ribbon commands (src/commands/): the localStorage request contract with the task pane, and the
 * actions registered with a fake `Office` global — every action completes its event, also when
 * something fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  KeyValueStore,
  onPendingAction,
  PENDING_ACTION_AT_KEY,
  PENDING_ACTION_KEY,
  PENDING_ACTION_MAX_AGE_MS,
  PendingAction,
  requestAction,
  StorageEventSource,
  takePendingAction,
} from '../../src/bridge/requests';

const ROOT = path.resolve(__dirname, '..', '..');

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.has(key) ? (this.data.get(key) as string) : null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

class FakeWindow implements StorageEventSource {
  listeners: ((event: { key: string | null }) => void)[] = [];
  addEventListener(_type: 'storage', l: (event: { key: string | null }) => void) {
    this.listeners.push(l);
  }
  removeEventListener(_type: 'storage', l: (event: { key: string | null }) => void) {
    this.listeners = this.listeners.filter((x) => x !== l);
  }
  fire(key: string | null) {
    for (const l of [...this.listeners]) l({ key });
  }
}

describe('requests.ts: the pending-action contract', () => {
  test('the key names are the documented contract', () => {
    expect(PENDING_ACTION_KEY).toBe('jixiao.pendingAction');
    expect(PENDING_ACTION_AT_KEY).toBe('jixiao.pendingActionAt');
    const readme = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'README.md'), 'utf8');
    expect(readme).toContain(PENDING_ACTION_KEY);
    expect(readme).toContain(PENDING_ACTION_AT_KEY);
  });

  test('a request is taken once, then cleared', () => {
    const store = new MemoryStore();
    requestAction('recalcAll', store, 1000);
    expect(store.getItem(PENDING_ACTION_KEY)).toBe('recalcAll');
    expect(store.getItem(PENDING_ACTION_AT_KEY)).toBe('1000');
    expect(takePendingAction(store, 2000)).toBe('recalcAll');
    expect(store.data.size).toBe(0);
    expect(takePendingAction(store, 2000)).toBeUndefined();
  });

  test('stale, future, unknown or malformed requests are dropped (and cleared)', () => {
    const store = new MemoryStore();
    requestAction('recalcAll', store, 0);
    expect(takePendingAction(store, PENDING_ACTION_MAX_AGE_MS + 1)).toBeUndefined();
    expect(store.data.size).toBe(0);
    requestAction('recalcAll', store, 10 * 60 * 1000);
    expect(takePendingAction(store, 0)).toBeUndefined();
    store.setItem(PENDING_ACTION_KEY, 'formatDisk');
    store.setItem(PENDING_ACTION_AT_KEY, '5');
    expect(takePendingAction(store, 10)).toBeUndefined();
    store.setItem(PENDING_ACTION_KEY, 'recalcAll');
    expect(takePendingAction(store, 10)).toBeUndefined(); // no timestamp
    expect(store.data.size).toBe(0);
  });

  test('no storage: requestAction throws, takePendingAction returns nothing', () => {
    expect(() => requestAction('recalcAll', undefined)).toThrow(/localStorage/);
    expect(takePendingAction(undefined)).toBeUndefined();
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(takePendingAction(broken)).toBeUndefined();
  });

  test('onPendingAction hears requests made while the pane is open, and unsubscribes', () => {
    const store = new MemoryStore();
    const win = new FakeWindow();
    const heard: PendingAction[] = [];
    const off = onPendingAction((a) => heard.push(a), win, store);
    win.fire('something.else');
    requestAction('recalcAll', store);
    win.fire(PENDING_ACTION_AT_KEY); // the first of the two writes: not ready yet
    expect(heard).toEqual([]);
    win.fire(PENDING_ACTION_KEY);
    expect(heard).toEqual(['recalcAll']);
    expect(store.data.size).toBe(0);
    win.fire(PENDING_ACTION_KEY); // already taken
    expect(heard).toEqual(['recalcAll']);
    off();
    requestAction('recalcAll', store);
    win.fire(PENDING_ACTION_KEY);
    expect(heard).toEqual(['recalcAll']);
    expect(win.listeners).toHaveLength(0);
  });
});

type Handler = (event: { completed: () => void }) => Promise<void> | void;

interface FakeOffice {
  handlers: Map<string, Handler>;
  showAsTaskpane: jest.Mock;
  sharedRuntime: boolean;
}

/** Loads commands.ts afresh with a fake `Office` global (and localStorage); returns the fake. */
function loadCommands(opts: { sharedRuntime?: boolean; show?: () => Promise<void>; store?: KeyValueStore | null } = {}): FakeOffice {
  const fake: FakeOffice = {
    handlers: new Map(),
    showAsTaskpane: jest.fn(opts.show ?? (() => Promise.resolve())),
    sharedRuntime: opts.sharedRuntime ?? true,
  };
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    onReady: jest.fn(),
    actions: { associate: (name: string, h: Handler) => fake.handlers.set(name, h) },
    addin: { showAsTaskpane: fake.showAsTaskpane },
    context: { requirements: { isSetSupported: (name: string, v: string) => name === 'SharedRuntime' && v === '1.1' && fake.sharedRuntime } },
  };
  if (opts.store === null) delete g.localStorage;
  else g.localStorage = opts.store ?? new MemoryStore();
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/commands/commands');
  });
  return fake;
}

describe('commands.ts: ribbon actions', () => {
  const g = globalThis as Record<string, unknown>;
  let errorSpy: jest.SpyInstance;
  beforeEach(() => {
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    delete g.Office;
    delete g.localStorage;
    errorSpy.mockRestore();
  });

  test('registers every FunctionName of the manifest, plus showTaskpane', () => {
    const fake = loadCommands();
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(fake.handlers.has(name)).toBe(true);
    expect([...fake.handlers.keys()].sort()).toEqual(['recalcAll', 'showTaskpane']);
  });

  test('recalcAll that cannot recalculate here (no Excel behind the fake) leaves the request for the pane, opens it (shared runtime) and completes', async () => {
    const store = new MemoryStore();
    const fake = loadCommands({ store });
    const completed = jest.fn();
    await fake.handlers.get('recalcAll')!({ completed });
    expect(store.getItem(PENDING_ACTION_KEY)).toBe('recalcAll');
    expect(fake.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(takePendingAction(store)).toBe('recalcAll');
  });

  test('…and without a shared runtime it only leaves the request, and completes', async () => {
    const store = new MemoryStore();
    const fake = loadCommands({ store, sharedRuntime: false });
    const completed = jest.fn();
    await fake.handlers.get('recalcAll')!({ completed });
    expect(fake.showAsTaskpane).not.toHaveBeenCalled();
    expect(store.getItem(PENDING_ACTION_KEY)).toBe('recalcAll');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('failures still complete the event: showAsTaskpane rejects, no localStorage', async () => {
    let fake = loadCommands({ show: () => Promise.reject(new Error('no pane')) });
    let completed = jest.fn();
    await fake.handlers.get('recalcAll')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    completed = jest.fn();
    await fake.handlers.get('showTaskpane')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);

    fake = loadCommands({ store: null });
    completed = jest.fn();
    await fake.handlers.get('recalcAll')!({ completed });
    expect(fake.showAsTaskpane).toHaveBeenCalledTimes(1); // still tries to open the pane
    expect(completed).toHaveBeenCalledTimes(1);
    expect(errorSpy).toHaveBeenCalled();
  });

  test('showTaskpane opens the pane and completes', async () => {
    const fake = loadCommands();
    const completed = jest.fn();
    await fake.handlers.get('showTaskpane')!({ completed });
    expect(fake.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('outside Office the module loads without doing anything', () => {
    delete g.Office;
    expect(() =>
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/commands/commands');
      }),
    ).not.toThrow();
  });
});
