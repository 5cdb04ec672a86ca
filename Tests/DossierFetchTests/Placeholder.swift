import FlyingFox
import DossierFetch
