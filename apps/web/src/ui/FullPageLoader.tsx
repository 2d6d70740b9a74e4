import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader type="dots" size="lg" />
    </Center>
  );
}
