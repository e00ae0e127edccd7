package org.presstm.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void escapesAllFiveMarkupCharactersAndNothingElse() {
        assertEquals("&lt;b&gt; &amp; &quot;Məclis&quot; &#39;ПА&#39;", XmlText.escape("<b> & \"Məclis\" 'ПА'"));
    }

    @Test
    void escapedTextParsesBackAsTheSameAttributeValue() throws Exception {
        String value = "a<b>&\"c'";
        var doc = SafeXml.documentBuilder().parse(new java.io.ByteArrayInputStream(
                ("<x v='" + XmlText.escape(value) + "'>" + XmlText.escape(value) + "</x>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(value, doc.getDocumentElement().getAttribute("v"));
        assertEquals(value, doc.getDocumentElement().getTextContent());
    }
}
