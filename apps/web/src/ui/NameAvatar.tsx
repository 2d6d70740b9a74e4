import { Avatar, type AvatarProps } from '@mantine/core';

const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Initials as people expect them: "Grace Hopper" → "GH", but "林美玲" → "林"
 * (a Chinese or Japanese name is abbreviated to its first character, the family name).
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  const first = [...trimmed][0] ?? '?';
  if (han.test(first)) return first;
  const words = trimmed.split(/[\s@._-]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0] ?? '')
    .join('')
    .toUpperCase();
}

/** An avatar with initials and a colour derived from the name. */
export function NameAvatar({ name, ...props }: Omit<AvatarProps, 'name' | 'children'> & { name: string }) {
  return (
    <Avatar name={name} color="initials" {...props}>
      {initials(name) || '?'}
    </Avatar>
  );
}
