// The error a call throws, for the tests that read what it says (its problems, its reason, its positions).

/** The error `run` throws, checked to be of `type`; no error, or another kind, fails the test. */
export function thrown<E extends Error>(type: new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected a ${type.name}`);
}
