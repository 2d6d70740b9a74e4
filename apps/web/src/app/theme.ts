import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'PingFang TC', 'PingFang SC', 'Hiragino Sans', 'Microsoft JhengHei', 'Microsoft YaHei', 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif",
  headings: { fontWeight: '650' },
  components: {
    // Mantine keeps closed dropdowns in the DOM; their listboxes then share the input's label,
    // so "the field labelled X" would match two elements. Mount dropdowns only while open.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});
