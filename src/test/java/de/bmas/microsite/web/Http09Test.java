package de.bmas.microsite.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/0.9 knows no headers, so no answer to it could carry the security headers: there is none. On a server of
 * its own, closed afterwards: Tomcat 11.0.22 keeps a reused processor's HTTP/0.9 mode for the next request line it
 * cannot parse, and would answer that one without a status line in the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class Http09Test {

    @LocalServerPort
    int port;

    @Test
    void http09GetsNoAnswer() {
        assertThat(RawHttp.exchange(port, "GET /\r\n").length).as("bytes sent back").isZero();
        assertThat(RawHttp.exchange(port, "GET /impressum\r\n").length).as("bytes sent back").isZero();
        assertThat(RawHttp.send(port, "GET / HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
    }
}
