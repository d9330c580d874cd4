/**
 * A reader that stops reading (`| head`) closes the pipe under a command that is still writing:
 * Node then throws EPIPE from the next write, with a stack trace. The command ends quietly
 * instead, as Unix tools do; any other write error still ends it with the error.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
