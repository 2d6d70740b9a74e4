import { Box, Code } from '@mantine/core';
import { CopyAction } from './CopyAction';

/** A block of code to paste elsewhere, with a copy button in its corner. */
export function CodeBlock({ code, label }: { code: string; label?: string }) {
  return (
    <Box pos="relative">
      <Code block aria-label={label} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', paddingRight: 44 }}>
        {code}
      </Code>
      <CopyAction value={code} variant="default" pos="absolute" top={6} right={6} />
    </Box>
  );
}
