package org.mtad.catalog;

import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the line of a key in a YAML text. Jackson's own location points where its parser stopped, often the
 * line after; a person fixing a manifest wants the line of the key itself.
 */
final class ManifestLines {

    private ManifestLines() {
    }

    /**
     * @param path property names and list indexes from the document root
     * @return the 1-based line where the deepest existing element of the path starts
     */
    static Optional<Integer> lineOf(String yaml, List<Object> path) {
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            Node node = root.get();
            Node keyNode = null;
            for (Object step : path) {
                Node next = null;
                if (step instanceof Integer index && node instanceof SequenceNode sequence && index < sequence.getValue().size()) {
                    next = sequence.getValue().get(index);
                    keyNode = next;
                } else if (step instanceof String name && node instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                            next = tuple.getValueNode();
                            keyNode = key;
                        }
                    }
                }
                if (next == null) {
                    break;
                }
                node = next;
            }
            Node at = keyNode != null ? keyNode : node;
            return at.getStartMark().map(mark -> mark.getLine() + 1);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
    }
}
