package org.clvplugin.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses request bodies over 64 KiB with 413: by the declared length before reading, and by counting while
 * reading when the length is not declared (chunked), in which case the reader's failure is replaced by the 413.
 * The largest legitimate body, a tier policy or the settings, is a few kilobytes.
 */
@Provider
@PreMatching
public final class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Counting counting = new Counting(context.getInputStream());
        context.setInputStream(counting);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (counting.exceeded) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private static WebApplicationException tooLarge() {
        return new ApiException(Problem.of("body-too-large", "Body too large", 413,
                "the body is larger than " + MAX_BYTES / 1024 + " KiB"));
    }

    /** Stops reading past the limit. */
    private static final class Counting extends FilterInputStream {
        private long read;
        private boolean exceeded;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                exceeded = true;
                throw new IOException("body over " + MAX_BYTES + " bytes");
            }
        }
    }
}
