package vn.parindex.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {
  private static final String HOST = "chiso.hatinh.gov.vn";
  private static final String SELF = "https://chiso.hatinh.gov.vn";
  private static final String EVIL = "https://evil.example";

  @Test
  void readsAreNeverRefused() {
    assertTrue(CrossSiteRequests.allowed("GET", EVIL, null, HOST, false));
    assertTrue(CrossSiteRequests.allowed("HEAD", null, null, HOST, false));
  }

  @Test
  void aChangeFromAnotherSiteIsRefusedWhateverItCarries() {
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      assertFalse(CrossSiteRequests.allowed(method, EVIL, null, HOST, false), method);
      assertFalse(CrossSiteRequests.allowed(method, EVIL, null, HOST, true), method);
      assertFalse(CrossSiteRequests.allowed(method, "null", null, HOST, false), "sandboxed");
    }
  }

  @Test
  void aChangeOnTheSessionAloneMustComeFromTheApplication() {
    assertTrue(CrossSiteRequests.allowed("POST", SELF, null, HOST, false));
    assertTrue(CrossSiteRequests.allowed("POST", null, SELF + "/app/home.xhtml", HOST, false));
    assertFalse(CrossSiteRequests.allowed("POST", null, null, HOST, false), "nothing to tell");
    assertFalse(CrossSiteRequests.allowed("POST", null, EVIL + "/x", HOST, false));
    assertFalse(
        CrossSiteRequests.allowed(
            "POST", "https://chiso.hatinh.gov.vn.evil.example", null, HOST, false));
  }

  @Test
  void aProgramWithBasicCredentialsAndNoOriginGoesOn() {
    assertTrue(CrossSiteRequests.allowed("PUT", null, null, HOST, true));
    assertTrue(
        CrossSiteRequests.allowed("POST", "http://127.0.0.1:8080", null, "127.0.0.1:8080", true));
  }
}
