; Inno Setup script: a per-user installer for Windows, no administrator rights needed.
; Build on Windows after `pyinstaller packaging\matchtafel.spec` (see .github/workflows/bundles.yml):
;   iscc /DAppVersion=0.1.0 packaging\windows\matchtafel.iss
; Installs dist\matchtafel into %LOCALAPPDATA%\Programs\Matchtafel, with Start menu entries for Matchtafel
; and the demo, an optional desktop icon, and an uninstaller in "Apps" (per user).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C5D8E-3B7A-4E1F-9C2D-7A4B8E1F0C53}
AppName=Matchtafel
AppVersion={#AppVersion}
AppPublisher=Matchtafel
AppComments=Vergaderassistent voor de regionale Matchtafel
; Per user: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\Matchtafel
DefaultGroupName=Matchtafel
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\matchtafel.ico
UninstallDisplayIcon={app}\Matchtafel.exe
UninstallDisplayName=Matchtafel
OutputDir=..\..\dist
OutputBaseFilename=matchtafel-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\matchtafel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Matchtafel"; Filename: "{app}\Matchtafel.exe"; WorkingDir: "{userdocs}"
Name: "{userprograms}\Matchtafel (demo)"; Filename: "{app}\Matchtafel.exe"; Parameters: "--demo"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\Matchtafel"; Filename: "{app}\Matchtafel.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
; The demo database, so that "Matchtafel (demo)" has something to show (kept when it exists).
Filename: "{app}\matchtafel-cli.exe"; Parameters: "demo --if-missing"; Flags: runhidden; StatusMsg: "Demodatabase maken…"
Filename: "{app}\Matchtafel.exe"; Description: "{cm:LaunchProgram,Matchtafel}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program folder only: the databases, settings and log stay in the user's data folders.
Type: filesandordirs; Name: "{app}"
