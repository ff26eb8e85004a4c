package vn.parindex.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCodeTest {
  @Test
  void sortsByNumericSegments() {
    List<String> codes = new ArrayList<>(List.of("1.10", "2", "1.9", "1", "1.9.2", "10", "1.9.10"));
    codes.sort(NodeCode.ORDER);
    assertEquals(List.of("1", "1.9", "1.9.2", "1.9.10", "1.10", "2", "10"), codes);
  }

  @Test
  void knowsParentsFieldsAndDepth() {
    assertEquals("7.3", NodeCode.parentOf("7.3.3"));
    assertNull(NodeCode.parentOf("7"));
    assertEquals("7", NodeCode.fieldOf("7.3.3"));
    assertEquals(3, NodeCode.depth("7.3.3"));
    assertTrue(NodeCode.isWithin("7.3.3", "7"));
    assertFalse(NodeCode.isWithin("7.3.3", "7.1"));
    assertFalse(NodeCode.isWithin("17", "1"));
  }

  @Test
  void validatesTheShape() {
    assertTrue(NodeCode.isValid("8.3.1"));
    assertFalse(NodeCode.isValid("8.3.1.2"));
    assertFalse(NodeCode.isValid("0.1"));
    assertFalse(NodeCode.isValid("1."));
    assertFalse(NodeCode.isValid("a.1"));
    assertFalse(NodeCode.isValid(null));
  }
}
