/**
 * An alert on any of the extension's pages: what failed, then each problem as written (a file path and line, a
 * policy key), one a line. Styled by `.problem` in base.css.
 */
import type { ComponentChildren } from 'preact';

export function ProblemAlert({
  id,
  data,
  lead,
  problems,
}: {
  id?: string;
  /** The alert's data attributes, which tests and styles find it by. */
  data?: Record<`data-${string}`, string>;
  lead: ComponentChildren;
  problems?: readonly string[];
}) {
  return (
    <div id={id} class="problem" role="alert" {...data}>
      <p>{lead}</p>
      {problems && (
        <ul>
          {problems.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
