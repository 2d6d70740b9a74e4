import { Typography } from '@mantine/core';

/**
 * A note's HTML. The server sanitises every note body to a fixed set of formatting tags before
 * storing it, and this is the only place the timeline renders HTML: never any other entry field.
 */
export function NoteBody({ html }: { html: string }) {
  return <Typography fz="sm" style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
