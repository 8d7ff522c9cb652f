package org.jsis.register.importing;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A small element tree of one UN list record, read with StAX; text with whitespace runs collapsed. */
final class Node {

    final String name;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();
    int line;
    int column;
    int number;

    private Node(String name) {
        this.name = name;
    }

    /** Reads the element the reader is positioned on (START_ELEMENT) up to its END_ELEMENT. */
    static Node read(XMLStreamReader xml) throws XMLStreamException {
        Node node = new Node(xml.getLocalName());
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children.add(read(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> node.text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return node;
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("the file ends inside <" + node.name + ">", xml.getLocation());
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** The collapsed text of the first child with this name, or "" when absent. */
    String text(String child) {
        for (Node c : children) {
            if (c.name.equals(child)) {
                return c.ownText();
            }
        }
        return "";
    }

    String ownText() {
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    List<Node> children(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    /** The non-empty texts of the VALUE children. */
    List<String> values() {
        return children("VALUE").stream()
                .map(Node::ownText)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
