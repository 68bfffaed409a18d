// Runs before every test file's own imports: no test may reach the network except 127.0.0.1.
import nock from "nock";
import { afterEach } from "vitest";

nock.disableNetConnect();
nock.enableNetConnect("127.0.0.1");

afterEach(() => {
  nock.cleanAll();
});
