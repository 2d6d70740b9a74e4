import { ActionIcon, CopyButton, Tooltip, type ActionIconProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An icon button that copies `value` and says so for two seconds. */
export function CopyAction({ value, iconSize = 16, ...props }: { value: string; iconSize?: number } & Omit<ActionIconProps, 'color' | 'onClick'>) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('actions.copied') : t('actions.copy')} withArrow>
          <ActionIcon variant="subtle" {...props} color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('actions.copied') : t('actions.copy')}>
            {copied ? <IconCheck size={iconSize} /> : <IconCopy size={iconSize} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
