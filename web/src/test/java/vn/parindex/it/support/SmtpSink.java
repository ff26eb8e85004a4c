package vn.parindex.it.support;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server for the tests: it accepts every message over plain SMTP on a free local port and
 * keeps it, so that a test reads what a unit would find in its mailbox.
 */
public final class SmtpSink {
  private final ServerSocket server;
  private final List<byte[]> received = new CopyOnWriteArrayList<>();

  private SmtpSink(ServerSocket server) {
    this.server = server;
  }

  public static SmtpSink start() throws IOException {
    SmtpSink sink = new SmtpSink(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
    Thread thread = new Thread(sink::serve, "smtp-sink");
    thread.setDaemon(true);
    thread.start();
    return sink;
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Every message received so far, as a mail client reads it. */
  public List<MimeMessage> messages() {
    Session session = Session.getInstance(new Properties());
    List<MimeMessage> messages = new ArrayList<>();
    for (byte[] raw : received) {
      try {
        messages.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
      } catch (MessagingException e) {
        throw new IllegalStateException("An unreadable message", e);
      }
    }
    return messages;
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        converse(client);
      } catch (IOException e) {
        // One broken conversation does not stop the server; the test sees the missing message.
      }
    }
  }

  /** The server's side of SMTP, just enough for a client that sends one message at a time. */
  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
    OutputStream out = client.getOutputStream();
    reply(out, "220 parindex-test ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        StringBuilder data = new StringBuilder();
        for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
          data.append(l.startsWith("..") ? l.substring(1) : l).append("\r\n");
        }
        received.add(data.toString().getBytes(StandardCharsets.ISO_8859_1));
        reply(out, "250 Queued");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 Bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
