package org.cohesion;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** Application shell: server push for live updates, the Cohesion theme, phone-friendly viewport. */
@Push
@Theme("cohesion")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
