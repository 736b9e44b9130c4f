package org.cohesion.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.cohesion.proposal.ProposalService;

/** The photo upload of a new proposal: one file, read into memory up to one byte more than allowed. */
final class PhotoUploads {

    static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp"};

    private PhotoUploads() {
    }

    static Upload create(Component owner, SerializableBiConsumer<String, byte[]> received) {
        Upload upload = new Upload(new LimitedHandler(received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProposalService.MAX_PHOTO_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setDropAllowed(true);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("proposal.photo.upload.add"))
                .setMany(owner.getTranslation("proposal.photo.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("proposal.photo.upload.drop"))
                .setMany(owner.getTranslation("proposal.photo.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("proposal.photo.upload.too-many"))
                .setFileIsTooBig(owner.getTranslation("proposal.photo.too-large",
                        ProposalService.MAX_PHOTO_BYTES / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("proposal.photo.upload.wrong-type")));
        upload.setI18n(i18n);
        upload.getElement().setAttribute("aria-label", owner.getTranslation("proposal.field.photo"));
        return upload;
    }

    /** Reads at most one byte more than allowed, so the service refuses a forged, oversized upload. */
    private record LimitedHandler(SerializableBiConsumer<String, byte[]> received) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ProposalService.MAX_PHOTO_BYTES + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> received.accept(fileName, bytes));
        }

        @Override
        public long getFileSizeMax() {
            return ProposalService.MAX_PHOTO_BYTES + 1024L * 1024L;
        }

        @Override
        public long getRequestSizeMax() {
            return ProposalService.MAX_PHOTO_BYTES + 2L * 1024L * 1024L;
        }
    }
}
