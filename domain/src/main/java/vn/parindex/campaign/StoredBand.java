package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** A classification band of a campaign: its name and the lowest index it takes, in %. */
@Embeddable
public class StoredBand implements Serializable {
  @Column(name = "band_name", nullable = false, length = 50)
  private String name;

  @Column(name = "from_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal from;

  protected StoredBand() {}

  public StoredBand(String name, BigDecimal from) {
    this.name = name;
    this.from = from;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getFrom() {
    return from;
  }
}
