import { Box, Paper, Stack } from '@mantine/core';
import { SmsCounter } from '../SmsCounter';

/** The text as a phone shows an incoming message, with what it costs to send. */
export function SmsPreview({ text }: { text: string }) {
  return (
    <Stack gap="xs" align="center">
      <Paper withBorder radius={28} p="md" w="100%" maw={320} bg="var(--mantine-color-default-hover)">
        <Box
          data-testid="preview-sms"
          px="sm"
          py={8}
          maw="85%"
          style={{ background: 'var(--mantine-color-gray-light)', borderRadius: 18, borderBottomLeftRadius: 4, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 14 }}
        >
          {text}
        </Box>
      </Paper>
      <SmsCounter text={text} testId="preview-sms-count" />
    </Stack>
  );
}
