import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/query-client.js';
import { Shell } from './shell/shell.js';
import { theme } from './theme.js';

/** The whole app: theme (light, dark or the system's), server state, notifications, the shell. */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" />
        <Shell />
      </QueryClientProvider>
    </MantineProvider>
  );
}
