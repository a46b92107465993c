/**
 * Entry of `govreport-language-server` (bundled to dist/server.js). Transport from the command line:
 * `--stdio` (the default when none is given), `--node-ipc` (VS Code), `--socket=PORT`, `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, SERVER_VERSION, startServer } from './server';

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      `usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n` +
        'A language server (LSP) for 政府信息公开工作年度报告: diagnostics, quick fixes, outline, hovers.\n' +
        'Settings (section "govreport"): rules, language, debounceMs, maxDocumentSize, inlayHints.\n',
    );
    process.exit(0);
  }
  if (!args.some((a) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(a))) process.argv.push('--stdio');

  const connection = createConnection(ProposedFeatures.all);

  // A fault in one handler must not take the server down: log it and keep serving.
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));

  startServer(connection);
}

main();
