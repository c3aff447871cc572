package org.mtad.ui;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import com.vaadin.flow.component.HasElement;

/**
 * Read-only content sent as one state node: the children of an element are built on the server with jsoup (which
 * escapes every text and attribute value) and set as its {@code innerHTML}. Vaadin keeps a state node, with its
 * feature maps, for every element and every text of a component tree, about 1 KB of session each; a list of 25
 * findings made of components cost 51 of them in every open tab. Only for content the server never listens to.
 */
final class StaticMarkup {

    private StaticMarkup() {
    }

    /**
     * How the markup is written: no pretty printing (white space between inline elements would change what is shown),
     * and characters outside ASCII as character references, so the string stays one byte per character in the heap
     * (one "—" would make Java store the whole string in UTF-16, twice the size).
     */
    private static Document.OutputSettings output() {
        return new Document.OutputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
    }

    /** A detached element to build the children in; only its children are ever sent. */
    static Element children() {
        Document document = new Document("");
        document.outputSettings(output());
        return document.appendElement("div");
    }

    /** Replaces what {@code target} shows by the children of {@code built}. */
    static void show(HasElement target, Element built) {
        target.getElement().removeAllChildren();
        target.getElement().setProperty("innerHTML", built.html());
    }

    /**
     * Sets the text an element shows (escaped) without a text node on the server. For an element with no other
     * content, such as a heading or a sentence.
     */
    static void text(HasElement target, String text) {
        text(target.getElement(), text);
    }

    static void text(com.vaadin.flow.dom.Element target, String text) {
        target.removeAllChildren();
        target.setProperty("innerHTML", Entities.escape(text, output()));
    }

    /** An anchor opening in a new tab, as Vaadin's {@code Anchor(href, text, AnchorTarget.BLANK)} renders it. */
    static Element link(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).attr("target", "_blank").text(text);
    }
}
