import { Alert, Stack, Text, Title } from '@mantine/core';
import { BackupSection } from './backup-section.js';
import { DemoSection } from './demo-section.js';
import { ExportSection } from './export-section.js';
import { ImportSection } from './import-section.js';
import { SettingsSection } from './settings-section.js';

/**
 * Your data: backup and restore, exports, contact import, your settings and the demo
 * workspace. Everything stays on this machine unless you download or send it.
 */
export function DataPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Data</Title>
        <Text c="dimmed">Backups, exports, imports and your settings.</Text>
      </div>
      <Alert color="blue" title="Your data stays on this machine">
        Understudy keeps your workspace in its own database (on this computer, unless you set it up on a shared server) and sends nothing
        anywhere. Your notes, feedback and mentors leave it only when you download a file here, or send a message yourself.
      </Alert>
      <BackupSection />
      <ExportSection />
      <ImportSection />
      <SettingsSection />
      <DemoSection />
    </Stack>
  );
}
