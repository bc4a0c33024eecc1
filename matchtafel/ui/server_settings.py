"""Where the data lives, in the settings dialog: the local file, or a shared PostgreSQL server (host, port,
database, your login, TLS). The password goes to the system keyring, never into the settings file."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from matchtafel.settings import SSL_MODES, Settings


class ServerSettings(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared server"))
        form = QFormLayout(self)
        self.use_server = QCheckBox(
            self.tr("Work on a shared PostgreSQL &server (else the file on this computer)")
        )
        self.use_server.setChecked(settings.use_server)
        form.addRow(self.use_server)
        self.host = QLineEdit(settings.server_host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.server_port)
        self.database = QLineEdit(settings.server_database)
        self.user = QLineEdit(settings.server_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring; empty: unchanged"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(settings.server_sslmode)))
        self.ca_file = QLineEdit(settings.server_ca_file)
        for label, widget, name in (
            (self.tr("&Host:"), self.host, self.tr("Server host")),
            (self.tr("&Port:"), self.port, self.tr("Server port")),
            (self.tr("Data&base:"), self.database, self.tr("Database on the server")),
            (self.tr("&Your login:"), self.user, self.tr("Your login on the server")),
            (self.tr("Pass&word:"), self.password, self.tr("Password (kept in the system keyring)")),
            (self.tr("&TLS:"), self.sslmode, self.tr("TLS mode")),
            (self.tr("&CA file:"), self.ca_file, self.tr("CA certificate for verify-full")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.use_server.toggled.connect(self._enable)
        self._enable(settings.use_server)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.sslmode,
            self.ca_file,
        ):
            widget.setEnabled(on)

    def problem(self) -> str | None:
        if not self.use_server.isChecked():
            return None
        if not self.host.text().strip() or not self.user.text().strip():
            return self.tr("A shared server needs its host and your login.")
        if self.sslmode.currentData() == "verify-full" and not self.ca_file.text().strip():
            return self.tr("verify-full needs the server's CA certificate file.")
        return None

    def applied_to(self, settings: Settings) -> Settings:
        return replace(
            settings,
            use_server=self.use_server.isChecked(),
            server_host=self.host.text().strip(),
            server_port=self.port.value(),
            server_database=self.database.text().strip() or "matchtafel",
            server_user=self.user.text().strip(),
            server_sslmode=str(self.sslmode.currentData()),
            server_ca_file=self.ca_file.text().strip(),
        )
