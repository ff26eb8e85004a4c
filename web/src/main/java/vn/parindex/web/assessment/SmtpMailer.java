package vn.parindex.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.parindex.shared.Letter;
import vn.parindex.shared.Mailer;
import vn.parindex.shared.MessageKey;
import vn.parindex.web.shell.Messages;

/**
 * Sends the reminders through the province's SMTP server, configured with {@code parindex.mail.*}
 * (environment {@code PARINDEX_MAIL_HOST}, {@code _PORT}, {@code _FROM}, {@code _USER}, {@code
 * _PASSWORD}, {@code _STARTTLS}); without a host nothing is sent. Subject and text are UTF-8, so
 * that Vietnamese arrives whole.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
  @Inject Messages messages;

  @Inject
  @ConfigProperty(name = "parindex.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "parindex.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "parindex.mail.from", defaultValue = "chiso-cchc@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "parindex.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "parindex.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "parindex.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Override
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public void send(List<String> to, Locale language, Letter letter) {
    Function<MessageKey, String> text = key -> messages.get(language, key);
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from, messages.get(language, "mail.sender"), "UTF-8"));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), false));
      message.setSubject(text.apply(letter.subject()), "UTF-8");
      message.setText(letter.body(text), "UTF-8");
      message.setSentDate(Date.from(Instant.now()));
      Transport.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailFailure(String.valueOf(e.getMessage()), e);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    if (user.isEmpty()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user.get(), password.orElse(""));
          }
        });
  }
}
