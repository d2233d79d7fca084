// Starting the local cloud and a browser takes a while on a shared 2-core machine.
jest.setTimeout(180_000)
