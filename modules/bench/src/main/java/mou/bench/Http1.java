package mou.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One benchmark client's connection: a plain HTTP/1.1 keep-alive socket, blocking, used by one
 * thread, one request at a time (no pipelining). It is much lighter than the JDK's
 * {@code HttpClient} (no selector thread, no executor hand-offs, no per-request objects beyond the
 * request's bytes), so that on a machine of few cores the bench's own CPU takes less from the
 * server it measures. It sends a fixed {@code Cookie} header (the signed-in session) and, as browsers do,
 * {@code Accept-Encoding: gzip} (a body that comes compressed is read as it comes, and unpacked only when it is kept), and reads a
 * response framed by {@code Content-Length} or chunked; a connection the server closed is opened
 * again for the next request.
 */
final class Http1 implements Closeable {

    /** A response: its status, its {@code Location} header (or null) and its body (empty when it was not kept). */
    record Answer(int status, String location, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private final String cookie;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] skip = new byte[16 * 1024];

    /** @param cookie the {@code Cookie} header's value, or null for none */
    Http1(String host, int port, String cookie, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.cookie = cookie;
        this.timeoutMillis = timeoutMillis;
    }

    /** A GET; the body is read and dropped unless {@code keep}. */
    Answer get(String path, boolean keep) throws IOException {
        return send("GET", path, null, keep);
    }

    /** A POST of an URL-encoded form; the body of the answer is read and dropped. */
    Answer post(String path, String form) throws IOException {
        return send("POST", path, form.getBytes(StandardCharsets.UTF_8), false);
    }

    private Answer send(String method, String path, byte[] body, boolean keep) throws IOException {
        StringBuilder head = new StringBuilder(160).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append(':').append(port).append("\r\nAccept-Encoding: gzip\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean fresh = socket == null;
        try {
            return exchange(request, body, keep);
        } catch (IOException e) {
            close();
            if (fresh || body != null) {
                throw e; // a form is never sent twice
            }
            // the server closed the kept connection between two requests: once more on a new one
            return exchange(request, body, keep);
        }
    }

    private Answer exchange(byte[] request, byte[] body, boolean keep) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 32 * 1024);
            out = socket.getOutputStream();
        }
        if (body == null) {
            out.write(request);
        } else {
            byte[] all = java.util.Arrays.copyOf(request, request.length + body.length);
            System.arraycopy(body, 0, all, request.length, body.length);
            out.write(all);
        }
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the connection was closed before an answer");
        }
        String[] words = statusLine.split(" ", 3);
        if (words.length < 2 || !words[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(words[1]);
        long length = -1;
        boolean chunked = false;
        boolean closing = words[0].equals("HTTP/1.0");
        String location = null;
        boolean gzipped = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "location" -> location = value;
                case "content-encoding" -> gzipped = value.equalsIgnoreCase("gzip");
                default -> { }
            }
        }
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 1 << 24) : 8192) : null;
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                body(size, kept);
                line(); // the CRLF after the chunk
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers: none expected
            }
        } else if (length >= 0) {
            body(length, kept);
        } else {
            // no length: the body runs to the connection's end
            body(Long.MAX_VALUE, kept);
            closing = true;
        }
        if (closing) {
            close();
        }
        byte[] kept0 = kept == null ? new byte[0] : kept.toByteArray();
        if (kept != null && gzipped) {
            try (java.util.zip.GZIPInputStream unzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(kept0))) {
                kept0 = unzip.readAllBytes();
            }
        }
        return new Answer(status, location, kept0);
    }

    private void body(long length, ByteArrayOutputStream kept) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("the connection was closed inside a body");
            }
            if (kept != null) {
                kept.write(skip, 0, n);
            }
            left -= n;
        }
    }

    /** A header line without its CRLF (ISO-8859-1), or null at the stream's end. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int end = b.length();
                return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closed anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
