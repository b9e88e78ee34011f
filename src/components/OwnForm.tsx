import type { ComponentPropsWithoutRef, FormEvent } from 'react';

/**
 * A form around a text box and the few controls that go with it, with nothing to submit.
 *
 * Why: after each key typed into a text box that belongs to no form, Chrome's autofill reads every
 * other control on the page that belongs to no form either (130 of them, with every part open) in
 * a task of its own — 2 – 7 ms a key at normal CPU in traces of typing into the volume box, in the
 * way of the next key. Inside a form it reads that form's controls alone (under 1 ms).
 *
 * Enter in a lone text box submits its form: here that does nothing (no reload, no navigation),
 * as before the form was there.
 */
export function OwnForm(props: Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'>) {
  return <form {...props} onSubmit={stay} />;
}

function stay(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
}
