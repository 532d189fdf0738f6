// Process entry of the CLI bundle (dist/brandline.mjs).
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    // A failure to write the output has already set its own code (cli/io.ts).
    process.exitCode = process.exitCode === 2 ? 2 : code;
  },
  (error: unknown) => {
    process.stderr.write(`brandline: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
