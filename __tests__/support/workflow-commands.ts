// Parsing what an action tells the runner: file commands (GITHUB_OUTPUT, GITHUB_STATE,
// GITHUB_ENV) and workflow commands on stdout (`::add-mask::…`, `::error file=a::…`).

/**
 * Parses a file-command file the way the runner does: `name=value` lines and heredocs
 * (`name<<DELIM`, value lines, `DELIM`). Later values win. Throws on an unterminated heredoc.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`invalid file-command line ${i + 1}: ${JSON.stringify(line)}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (end < 0) throw new Error(`heredoc "${name}" never ends (delimiter ${JSON.stringify(delimiter)})`);
    values[name] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return values;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** One `::command key=value,key=value::data` line, or null when the line is not a command. */
export function parseCommandLine(line: string): WorkflowCommand | null {
  const match = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (!match) return null;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command: match[1] ?? '', properties, data: unescapeData(match[3] ?? '') };
}

/** Every workflow command in `stdout`, honouring `::stop-commands::TOKEN` … `::TOKEN::`. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = parseCommandLine(line);
    if (!command) continue;
    if (command.command === 'stop-commands') stopToken = command.data;
    else commands.push(command);
  }
  return commands;
}
