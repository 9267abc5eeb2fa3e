/** Placeholder until the CLI lands: prints usage. */
export async function main(args: string[]): Promise<number> {
  process.stderr.write(`usage: jixiao check FILE... [--json]\n${args.join(' ')}\n`);
  return 2;
}
