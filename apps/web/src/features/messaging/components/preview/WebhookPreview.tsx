import { Code, Group, Stack, Text } from '@mantine/core';

/** The request a webhook step would make: where it goes and the JSON it posts. */
export function WebhookPreview({ url, body }: { url: string; body: unknown }) {
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap">
        <Code fw={700}>POST</Code>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="preview-webhook-url">
          {url}
        </Text>
      </Group>
      <Code block data-testid="preview-webhook-body" style={{ maxHeight: 420, overflow: 'auto' }}>
        {JSON.stringify(body, null, 2)}
      </Code>
    </Stack>
  );
}
