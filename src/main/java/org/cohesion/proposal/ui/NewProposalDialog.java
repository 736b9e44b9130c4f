package org.cohesion.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.people.MyCommunity;
import org.cohesion.proposal.NewProposal;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.SimilarProposal;
import org.cohesion.proposal.SpaceKind;

/**
 * Proposes an idea: community, title, description, kind of space, location and an optional photo. While the
 * title and description are typed, similar proposals of the community still gathering support are suggested.
 */
class NewProposalDialog extends Dialog {

    final Select<MyCommunity> community = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<SpaceKind> kind = new Select<>();
    final TextField location = new TextField();
    final PhotoPicker photo;
    final Div similar = new Div();
    final UnorderedList similarList = new UnorderedList();
    final Button create = new Button();
    private final ProposalService proposals;

    NewProposalDialog(ProposalService proposals, List<MyCommunity> communities) {
        this.proposals = proposals;
        addClassName("new-proposal-dialog");
        setHeaderTitle(getTranslation("proposals.new"));
        community.setLabel(getTranslation("proposal.field.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(c -> c.name().in(getLocale()));
        if (!communities.isEmpty()) {
            community.setValue(communities.get(0));
        }
        title.setLabel(getTranslation("proposal.field.title"));
        title.setMaxLength(ProposalService.MAX_TITLE * 2);
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setLabel(getTranslation("proposal.field.description"));
        description.setMaxLength(ProposalService.MAX_DESCRIPTION * 2);
        description.setRequiredIndicatorVisible(true);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setMinRows(4);
        kind.setLabel(getTranslation("proposal.field.kind"));
        kind.setItems(SpaceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        location.setLabel(getTranslation("proposal.field.location"));
        location.setHelperText(getTranslation("proposal.field.location.help"));
        location.setMaxLength(ProposalService.MAX_LOCATION * 2);
        location.setRequiredIndicatorVisible(true);
        photo = new PhotoPicker(proposals);

        similar.addClassName("proposal-similar");
        similar.getElement().setAttribute("aria-live", "polite");
        similar.add(new Paragraph(getTranslation("proposals.similar.heading")), similarList);
        similar.setVisible(false);
        title.addValueChangeListener(e -> suggest());
        description.addValueChangeListener(e -> suggest());
        community.addValueChangeListener(e -> suggest());

        FormLayout form = new FormLayout(community, title, similar, description, kind, location, photo);
        form.setColspan(similar, 2);
        form.setColspan(description, 2);
        form.setColspan(photo, 2);
        add(form);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("kind", kind);
        fields.put("location", location);
        fields.put("photo", photo);
        create.setText(getTranslation("proposals.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            FieldErrors.clear(fields);
            if (community.getValue() == null) {
                community.setErrorMessage(getTranslation("validation.required"));
                community.setInvalid(true);
                return;
            }
            try {
                long id = proposals.create(new NewProposal(community.getValue().communityId(), title.getValue(),
                        description.getValue(), kind.getValue(), location.getValue(), photo.bytes()));
                close();
                Notifications.success(getTranslation("proposals.created"));
                UI.getCurrent().navigate("proposals/" + id);
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    /** Shows up to five similar proposals of the chosen community for what is typed so far. */
    void suggest() {
        similarList.removeAll();
        if (community.getValue() == null) {
            similar.setVisible(false);
            return;
        }
        List<SimilarProposal> found = proposals.similar(community.getValue().communityId(), title.getValue(),
                description.getValue());
        for (SimilarProposal s : found) {
            Anchor link = new Anchor("proposals/" + s.id(), s.title());
            link.setTarget("_blank");
            similarList.add(new ListItem(link));
        }
        similar.setVisible(!found.isEmpty());
    }

    /** The optional photo: an upload that keeps the checked file until the proposal is published. */
    static class PhotoPicker extends Div implements HasValidation {

        final Upload upload;
        final Span attached = new Span();
        final Span error = new Span();
        final Button remove = new Button();
        private byte[] bytes;
        private final ProposalService proposals;

        PhotoPicker(ProposalService proposals) {
            this.proposals = proposals;
            addClassName("proposal-photo-picker");
            upload = PhotoUploads.create(this, this::received);
            Span label = new Span(getTranslation("proposal.field.photo"));
            label.addClassName("proposal-photo-label");
            Span help = new Span(getTranslation("proposal.photo.help", ProposalService.MAX_PHOTO_BYTES / (1024 * 1024)));
            help.addClassName("proposal-photo-help");
            error.addClassName("proposal-photo-error");
            error.getElement().setAttribute("role", "alert");
            remove.setText(getTranslation("proposal.photo.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> clear());
            remove.setVisible(false);
            add(label, help, upload, attached, remove, error);
        }

        /** Checks a received file at once; keeps it when it is a photo, else explains why not. */
        void received(String fileName, byte[] content) {
            upload.clearFileList();
            clear();
            try {
                proposals.checkPhoto(content);
                bytes = content;
                attached.setText(getTranslation("proposal.photo.attached", fileName == null ? "" : fileName));
                remove.setVisible(true);
            } catch (ValidationException e) {
                e.fieldErrors().values().stream().findFirst().ifPresent(m -> {
                    setErrorMessage(getTranslation(m.key(), m.args()));
                    setInvalid(true);
                });
            }
        }

        byte[] bytes() {
            return bytes;
        }

        private void clear() {
            bytes = null;
            attached.setText("");
            remove.setVisible(false);
            setInvalid(false);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            error.setText(errorMessage == null ? "" : errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return error.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            error.setVisible(invalid);
            if (!invalid) {
                error.setText("");
            }
        }

        @Override
        public boolean isInvalid() {
            return error.isVisible() && !error.getText().isEmpty();
        }
    }
}
