import { Component, ReactNode } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';

/** An answer the page cannot draw says so and offers a reload, instead of leaving the page blank. */
export class PageBoundary extends Component<{ children: ReactNode }, { failure?: Error }> {
  state: { failure?: Error } = {};

  static getDerivedStateFromError(failure: Error) {
    return { failure };
  }

  render() {
    if (this.state.failure) {
      return (
        <ProblemMessage
          problem={{ title: `This page could not be shown (${this.state.failure.message}). Reload to try again.` }}
          onRetry={() => this.setState({ failure: undefined })}
        />
      );
    }
    return this.props.children;
  }
}
