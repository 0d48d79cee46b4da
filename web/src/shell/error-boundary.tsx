import { Alert } from '@mantine/core';
import { Component, type ReactNode } from 'react';

/** Keeps one failing page from blanking the app: shows what went wrong, without a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <Alert color="red" title="This page could not be shown">
          {this.state.error.message}
        </Alert>
      );
    }
    return this.props.children;
  }
}
