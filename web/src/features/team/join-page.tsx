import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { minPasswordLength as MIN_PASSWORD_LENGTH } from '../../../../src/contracts/team.js';
import { errorMessage } from '../../api/show-error.js';
import { AuthFrame } from './auth-frame.js';
import { useJoin } from './use-session.js';

/**
 * Joining a team from an invitation link (`#/join?token=…`): a name, an email and a password
 * make the account, which is then signed in. `onJoined` leaves the link for the app.
 */
export function JoinPage({ token, onJoined }: { token: string | null; onJoined: () => void }) {
  const join = useJoin();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const short = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;
  if (!token) {
    return (
      <AuthFrame title="Join the team">
        <Alert color="red" title="This link has no invitation in it">
          Ask your team’s admin for a new invitation link, and open it whole.
        </Alert>
      </AuthFrame>
    );
  }
  const ready = name.trim() !== '' && email.trim() !== '' && password.length >= MIN_PASSWORD_LENGTH;
  return (
    <AuthFrame title="Join the team" intro="You were invited to this Understudy. Your workspace is private: no one else reads your notes.">
      <form
        aria-label="Join the team"
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return setTouched(true);
          join.mutate({ token, name: name.trim(), email: email.trim(), password }, { onSuccess: onJoined });
        }}
      >
        <Stack gap="sm">
          <TextInput label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
          <TextInput
            label="Email"
            description="The one you sign in with; an invitation for one email works only with it."
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters; a few words in a row are easy to remember.`}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={touched && short ? `The password needs ${MIN_PASSWORD_LENGTH - password.length} more characters` : undefined}
            required
          />
          {join.error && (
            <Alert color="red" title="You did not join yet" role="alert">
              {errorMessage(join.error)}
            </Alert>
          )}
          <Button type="submit" loading={join.isPending} disabled={!ready}>
            Join and sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
