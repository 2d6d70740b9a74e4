import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { LanguagePicker } from './LanguagePicker';
import { ThemeToggle } from './ThemeToggle';

/** Frame for the signed-out pages: brand, a card, and the language and theme controls. */
export function AuthShell({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Box
      mih="100vh"
      style={{
        background:
          'radial-gradient(circle at 15% 10%, var(--mantine-color-indigo-light), transparent 45%), radial-gradient(circle at 85% 90%, var(--mantine-color-violet-light), transparent 40%)',
      }}
    >
      <Group justify="space-between" p="md">
        <BrandMark />
        <Group gap="xs">
          <LanguagePicker />
          <ThemeToggle />
        </Group>
      </Group>
      <Center px="md" py={40}>
        <Paper withBorder shadow="md" radius="lg" p="xl" w="100%" maw={440}>
          <Stack gap={4} mb="lg">
            <Title order={2} fw={650}>
              {title}
            </Title>
            {subtitle ? (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
