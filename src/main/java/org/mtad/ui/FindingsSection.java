package org.mtad.ui;

import java.util.List;

import org.mtad.research.Finding;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.UnorderedList;

/** Key findings of the selection, generated from its results (see {@link org.mtad.research.KeyFindings}). */
class FindingsSection extends Composite<SectionFrame> {

    private final UnorderedList list = new UnorderedList();

    FindingsSection() {
        list.setId("findings-list");
        list.addClassName("mtad-findings");
        getContent().setBody(list);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("findings");
    }

    void show(List<Finding> findings, String dataVersion) {
        getContent().setTexts(getTranslation("findings.title"), getTranslation("findings.explain", dataVersion));
        // One state node for the whole list, still a semantic list of items.
        var items = StaticMarkup.children();
        for (Finding f : findings) {
            items.appendElement("li").attr("data-analysis", f.analysis()).text(f.text());
        }
        StaticMarkup.show(list, items);
        getContent().showHint(findings.isEmpty() ? getTranslation("findings.none") : null);
    }
}
