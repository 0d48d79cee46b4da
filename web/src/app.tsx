import { type CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/query-client.js';
import { SessionGate } from './shell/session-gate.js';
import { theme } from './theme.js';

/**
 * Secondary ("dimmed") text one shade darker in the light theme and lighter in the dark one than
 * the library's default, so it keeps a contrast of at least 4.5:1 (WCAG AA) on the page.
 */
const contrast: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057', '--mantine-color-placeholder': theme.colors.gray[7] ?? '#495057' },
  dark: { '--mantine-color-dimmed': theme.colors.dark[1] ?? '#b8b8b8', '--mantine-color-placeholder': theme.colors.dark[1] ?? '#b8b8b8' },
});

/** The whole app: theme (light, dark or the system's), server state, notifications, and the shell behind sign-in in team mode. */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={contrast}>
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" />
        <SessionGate />
      </QueryClientProvider>
    </MantineProvider>
  );
}
