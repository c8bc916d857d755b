/** A failure of the inputs, with one line per offending file or entry, so all are reported at once. */
export class PipelineError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'PipelineError';
  }
}
