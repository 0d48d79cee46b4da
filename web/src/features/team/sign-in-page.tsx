import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { RequestError } from '../../api/client.js';
import { errorMessage } from '../../api/show-error.js';
import { AuthFrame } from './auth-frame.js';
import { useSignIn } from './use-session.js';

/** Why a sign-in failed, in words: wrong credentials and too many attempts are told apart. */
export function signInProblem(error: unknown): string {
  if (error instanceof RequestError && error.status === 401) return 'The email or the password is wrong. Check both and try again.';
  if (error instanceof RequestError && error.status === 429) return 'Too many sign-in attempts: wait a minute, then try again.';
  return errorMessage(error);
}

/**
 * Signing in to a team server with email and password. There is no sign-up: the operator
 * adds accounts, or an admin sends an invitation link. `notice` says why the app asks again.
 */
export function SignInPage({ notice }: { notice?: string | null }) {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <AuthFrame title="Sign in" intro="This Understudy serves a team: each member has a private workspace.">
      {notice && (
        <Alert color="blue" role="status">
          {notice}
        </Alert>
      )}
      <form
        aria-label="Sign in"
        onSubmit={(e) => {
          e.preventDefault();
          signIn.mutate({ email: email.trim(), password });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
          {signIn.error && (
            <Alert color="red" title="You are not signed in" role="alert">
              {signInProblem(signIn.error)}
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending} disabled={email.trim() === '' || password === ''}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dimmed">
        No account yet? Ask your team’s admin for an invitation link.
      </Text>
    </AuthFrame>
  );
}
