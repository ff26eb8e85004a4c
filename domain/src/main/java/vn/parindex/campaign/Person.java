package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import vn.parindex.shared.Text;

/** One member of a focal pair: name, title, phone and e-mail, as the nominating unit gives them. */
@Embeddable
public class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "full_name", length = 200)
  private String fullName;

  @Column(length = 200)
  private String title;

  @Column(length = 30)
  private String phone;

  @Column(length = 200)
  private String email;

  protected Person() {}

  public Person(String fullName, String title, String phone, String email) {
    this.fullName = Text.nfc(fullName);
    this.title = Text.nfc(title);
    this.phone = phone == null ? null : phone.strip();
    this.email = email == null ? null : email.strip();
  }

  public String getFullName() {
    return fullName;
  }

  public String getTitle() {
    return title;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }
}
