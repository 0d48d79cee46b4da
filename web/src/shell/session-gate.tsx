import { Alert, Button, Center, Container, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocationProperty } from 'wouter/use-browser-location';
import { onSessionEnded } from '../api/session-ended.js';
import { errorMessage } from '../api/show-error.js';
import { JoinPage } from '../features/team/join-page.js';
import { SignInPage } from '../features/team/sign-in-page.js';
import { isJoinLink, joinToken } from '../features/team/team-records.js';
import { endSession, useAccount, useHealth } from '../features/team/use-session.js';
import { Shell } from './shell.js';

/** The hash of the address, kept current as the app navigates. */
const useHash = () => useLocationProperty(() => window.location.hash);

/** Leaves a join link for the app's own address, keeping the page the link was opened on. */
function leaveJoinLink(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

const loading = (
  <Center h="100vh">
    <Loader aria-label="Loading" />
  </Center>
);

/**
 * Who may see the app. Solo mode (the server says it serves no team): the app itself, as it
 * always was. Team mode: a join link (`#/join?token=…`) shows the join page; without a session
 * the sign-in page; signed in, the app with the account's menu. A request that finds the
 * session gone (signed out elsewhere, or expired) brings the sign-in page back.
 */
export function SessionGate() {
  const health = useHealth();
  const hash = useHash();
  const team = health.data?.team === true;
  const account = useAccount(team);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(
    () =>
      onSessionEnded(() => {
        if (endSession()) setNotice('Your session ended (signed out on another device, or expired). Sign in again to go on.');
      }),
    [],
  );
  const signedIn = Boolean(account.data);
  useEffect(() => {
    if (signedIn) setNotice(null);
  }, [signedIn]);
  if (health.isPending) return loading;
  // A server that does not answer is shown by the pages themselves, as in solo mode.
  if (!team) return <Shell />;
  if (isJoinLink(hash)) return <JoinPage token={joinToken(hash)} onJoined={leaveJoinLink} />;
  if (account.isPending) return loading;
  if (account.error) {
    return (
      <Container component="main" size={440} py={64}>
        <Alert color="red" title="Understudy could not tell who you are">
          {errorMessage(account.error)}
          <Button mt="sm" variant="default" onClick={() => void account.refetch()}>
            Try again
          </Button>
        </Alert>
      </Container>
    );
  }
  if (!account.data) return <SignInPage notice={notice} />;
  return <Shell account={account.data} />;
}
