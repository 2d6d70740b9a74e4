import { Box, Code, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const bubble = { background: '#06c755', color: 'white', borderRadius: 18, borderTopLeftRadius: 4, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 14 } as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** LINE messages as bubbles in a chat: text, an image's preview, and a flex message's alt text with its JSON. */
export function LinePreview({ messages }: { messages: Record<string, unknown>[] }) {
  const { t } = useTranslation('messaging');
  return (
    <Paper withBorder radius="lg" p="md" bg="#8cabd9" data-testid="preview-line">
      <Stack gap="sm">
        {messages.map((m, i) => (
          <Box key={i} maw="90%" data-testid="preview-line-message" data-type={str(m.type)}>
            {m.type === 'text' ? (
              <Box px="sm" py={8} style={bubble}>
                {str(m.text)}
              </Box>
            ) : m.type === 'image' ? (
              <Image src={str(m.previewImageUrl)} alt={t('line.imageAlt')} radius="md" maw={220} fallbackSrc="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
            ) : (
              <Paper radius="md" p="xs">
                <Text size="xs" c="dimmed">
                  {t('line.altText')}: {str(m.altText)}
                </Text>
                <Code block mt={4} style={{ maxHeight: 260, overflow: 'auto', fontSize: 11 }}>
                  {JSON.stringify(m.contents, null, 2)}
                </Code>
              </Paper>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
