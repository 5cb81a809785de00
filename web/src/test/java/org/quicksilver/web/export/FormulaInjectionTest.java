package org.quicksilver.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaInjectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1:A2)", "+1", "-1", "@cmd", "\tx", "\rx", "=", "-"})
  void quotesTextThatStartsLikeAFormula(String text) {
    assertEquals("'" + text, FormulaInjection.neutralise(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Côte d’Ivoire", "€ 100", "a=b", "1+1", " =x", "'=x", "\nx", "x-"})
  void leavesOtherTextAlone(String text) {
    assertEquals(text, FormulaInjection.neutralise(text));
  }
}
