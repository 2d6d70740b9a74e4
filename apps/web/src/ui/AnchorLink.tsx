import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorBaseProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;

function AnchorBase(props: AnchorBaseProps) {
  return <Anchor component="a" {...props} />;
}

/** A Mantine Anchor that navigates with the router, with typed `to` and `params`. */
export const AnchorLink = createLink(AnchorBase);
